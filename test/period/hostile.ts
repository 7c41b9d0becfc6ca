import { dollars, record } from '../policy/fixtures.js';
import { makeStoryRepo, type StoryPr } from './story.js';

/** Strings a PR author controls, aimed at the issue body and at report.html. */
export const HOSTILE = {
  developer: '<img src=x onerror=alert(1)> @octocat [x](https://evil.example) | pipe',
  branch: 'feat/<script>alert(1)</script>|x',
  ref: '![i](https://evil.example/i.png) #123 www.evil.example `code` <!-- claude-cost',
  title: 'feat: <b>bold</b>, "quoted" @everyone [x](javascript:alert(1)) <style>*{}</style>',
} as const;

const PRS: StoryPr[] = [
  {
    how: 'squash',
    message: `${HOSTILE.title} (#21)`,
    branch: HOSTILE.branch,
    date: '2026-10-10T12:00:00Z',
    sessions: [1, 2, 3, 4, 5, 20].map((usd, i) =>
      record({
        sessionId: `bad0000${i}-0000-4000-8000-000000000000`,
        developer: HOSTILE.developer,
        branch: HOSTILE.branch,
        task: { kind: 'feature', ref: HOSTILE.ref },
        startedAt: `2026-10-0${i + 1}T10:00:00.000Z`,
        endedAt: `2026-10-0${i + 1}T10:45:00.000Z`,
        usage: [dollars(usd, { day: `2026-10-0${i + 1}` })],
      }),
    ),
  },
];

export function makeHostileRepo() {
  return makeStoryRepo(PRS);
}
