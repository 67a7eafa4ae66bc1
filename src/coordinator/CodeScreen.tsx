import { ScreenHeading } from '../app/ScreenHeading';
import type { EnrolmentCode } from './api';
import { validUntil } from './when';
import { words } from './words';

interface Props {
  code: EnrolmentCode;
  now: () => Date;
  onDone: () => void;
}

/** Groups of four, as a code is read aloud and typed: "ABCD EFGH". */
const groupsOf = (code: string): string[] => code.match(/.{1,4}/g) ?? [code];

/** A new enrolment code, large enough to read across a room, with when it runs out and what to do. */
export function CodeScreen({ code, now, onDone }: Props) {
  const groups = groupsOf(code.code);
  return (
    <>
      <ScreenHeading>{words.code.title}</ScreenHeading>
      <p>{words.code.intro}</p>
      <p class="co-code">
        <span aria-hidden="true">
          {groups.map((group) => (
            <span class="co-code-group" key={group}>
              {group}
            </span>
          ))}
        </span>
        <span class="visually-hidden">{words.code.spoken(groups)}</span>
      </p>
      <p class="co-expiry">
        <strong>{validUntil(new Date(code.expiresAt), now())}</strong> {words.code.once}
      </p>
      <h2>{words.code.stepsTitle}</h2>
      <ol class="co-steps">
        <li>{words.code.step1}</li>
        <li>{words.code.step2}</li>
        <li>{words.code.step3}</li>
      </ol>
      <button type="button" class="co-button co-primary" onClick={onDone}>
        {words.code.done}
      </button>
    </>
  );
}
