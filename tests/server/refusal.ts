import { Refused } from '../../src/server/refused';

/** What a call was refused with; fails the test if it was not refused. */
export async function refusal(promise: Promise<unknown>): Promise<Pick<Refused, 'code' | 'message'>> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Refused) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}
