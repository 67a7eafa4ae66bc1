import { describe, expect, it } from 'vitest';
import { lessonHref, parseRoute, type Route } from '../../src/app/route';

describe('addresses', () => {
  it.each<[string, Route]>([
    ['', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/settings', { name: 'settings' }],
    ['#/new', { name: 'new-learner' }],
    ['#/card', { name: 'card' }],
    ['#/me', { name: 'me' }],
    ['#/language', { name: 'language' }],
    ['#/restore', { name: 'restore' }],
    [
      '#/sign-in/learner-0190c2e4-7a3b-7c1d-9e2f-0123456789ab',
      {
        name: 'sign-in',
        learnerId: 'learner-0190c2e4-7a3b-7c1d-9e2f-0123456789ab',
      },
    ],
    ['#/lesson/book-gp-appointment', { name: 'lesson', lessonId: 'book-gp-appointment', step: null }],
    ['#/lesson/book-gp-appointment/12', { name: 'lesson', lessonId: 'book-gp-appointment', step: 12 }],
    // Anything else is home: an old bookmark, a mistyped address, a trailing slash.
    ['#/who', { name: 'home' }],
    ['#/settings/', { name: 'home' }],
    ['#/lesson/Book-GP', { name: 'home' }],
    ['#/lesson/book-gp-appointment/two', { name: 'home' }],
    ['#/sign-in/', { name: 'home' }],
    ['#/sign-in/a b', { name: 'home' }],
  ])('%j opens %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('a lesson link opens the lesson, at a step or where the learner stopped', () => {
    expect(parseRoute(lessonHref('repeat-prescription', 3))).toEqual({
      name: 'lesson',
      lessonId: 'repeat-prescription',
      step: 3,
    });
    expect(parseRoute(lessonHref('repeat-prescription'))).toEqual({
      name: 'lesson',
      lessonId: 'repeat-prescription',
      step: null,
    });
  });
});
