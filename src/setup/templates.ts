import { VERSION } from '../version.js';

/**
 * How the generated workflows refer to the Action. Pinned by full commit SHA with the version in
 * a comment, as the README recommends (a tag can be moved, a SHA cannot). Set `uses` to the
 * release's SHA when publishing; while it still holds a placeholder, init tells the user.
 */
export const ACTION_REF = { uses: 'OWNER/claude-cost@<sha>', version: `v${VERSION}` } as const;
/** The same pin the repository's own CI uses. */
export const CHECKOUT_REF = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2';

export function actionRefIsPlaceholder(): boolean {
  return /OWNER|<sha>/.test(ACTION_REF.uses);
}

const action = `${ACTION_REF.uses} # ${ACTION_REF.version}`;

/** The PR gate: the README's quick start. */
export const PR_WORKFLOW = `# Prices the Claude Code sessions recorded on each pull request, keeps one comment up to date,
# and fails the check over the team's budget (.github/claude-cost.yml). Written by claude-cost init.
name: claude-cost
on:
  pull_request:
  merge_group: # if you use a merge queue: the check passes there at once

permissions:
  contents: read
  pull-requests: write

jobs:
  claude-cost:
    name: claude-cost # keep this name stable: it is the check you make required
    runs-on: ubuntu-latest
    steps:
      # No actions/checkout needed: the PR's records are read through the API at the head
      # commit, and the policy file at the base commit. The PR's code is never run.
      - uses: ${action}
`;

/** The monthly team report, as an issue per month. */
export const PERIOD_WORKFLOW = `# The monthly team report: spend by developer, model and task kind, budget overruns and
# advice, posted as one issue per month. Written by claude-cost init.
name: claude-cost period
on:
  schedule:
    # 06:17 UTC on the 1st: the month that just ended. (An odd minute, because scheduled runs
    # on the hour are delayed most.)
    - cron: '17 6 1 * *'
  workflow_dispatch:
    inputs:
      month:
        description: 'Month to report, as YYYY-MM (empty: the previous month)'
        required: false
        default: ''

permissions:
  contents: read
  issues: write

jobs:
  claude-cost-period:
    name: claude-cost period
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT_REF}
        with:
          fetch-depth: 0 # the history attributes each record to the PR that merged it
      - uses: ${action}
        with:
          mode: period
          period: \${{ inputs.month }}
`;

/**
 * The team policy, with every section the example policy has (examples/config/claude-cost.yml).
 * Only a modest default budget is active, so the gate has a verdict from the first PR without
 * failing anyone's work on day one; the rest is commented out at its default.
 */
export const CONFIG_FILE = `# .github/claude-cost.yml: the team policy claude-cost applies to every pull request.
# Every key is optional; a missing key keeps its default. Unknown keys are an error, so a
# misspelt budget can never silently switch the gate off. Written by claude-cost init.
version: 1

# Budgets per task kind. \`default\` applies to every kind without its own entry; a kind's
# entry overrides the default field by field (perPr, perSession, warnAt, ...).
# Amounts are USD (\`usd\`), tokens (\`tokens\`), or the display currency (\`local\`).
budgets:
  default:
    perPr: { usd: 20 }
    perSession: { usd: 10 }
    warnAt: 0.75 # a warning from 75% of any limit
  # feature:
  #   perPr: { usd: 25 }
  # docs:
  #   perPr: { usd: 3 }
  #   allowedModels: [claude-sonnet-4-6, claude-haiku-4-5] # others make a warning
  #   preferredModel: claude-haiku-4-5

# How a PR gets its task kind: the first that matches of a kind declared in the session
# records, a PR label, a branch prefix, and the conventional-commit type of the PR title.
# A mapping given here replaces the default one.
# tasks:
#   kinds: [feature, bugfix, refactor, docs, test, chore]
#   labels:
#     enhancement: feature
#     bug: bugfix
#     documentation: docs
#   branchPrefixes:
#     feat/: feature
#     fix/: bugfix
#     docs/: docs
#   titleTypes: # "feat(api)!: ..." -> feature
#     feat: feature
#     fix: bugfix
#     docs: docs
#   default: feature
#   # Kinds that rarely need the strongest model: advice shows the preferred model's cost.
#   mechanical: [docs, chore]

# A session is open-ended when it reaches any of these (unless its record declares its scope).
# scope:
#   useDeclared: true
#   openEnded:
#     compactions: 1
#     peakContextTokens: 150000
#     turns: 40
#     durationMinutes: 120

# The typical cost per scoped and per open-ended session. \`auto\` measures it from the
# default branch's records when there are enough, else uses perTask.
# baseline:
#   source: auto
#   historyDays: 90
#   minSessions: 3
#   perTask:
#     default: { scopedUsd: 0.94, openEndedUsd: 2.87 }

# cache:
#   hitRateTarget: 0.6 # sessions under 60% cache hits get advice

# A display currency beside USD, at a fixed rate (nothing is fetched at run time).
# currency:
#   code: HKD
#   perUsd: 7.8

# developer: email # or login: how records name their developer

# Price rows over the shipped book (\`claude-cost prices\` prints it): a row replaces the one with
# the same model, a new model is added. Same format as pricing/prices.json; USD per million tokens.
# pricing:
#   models:
#     - model: acme-gateway-sonnet
#       ids: [acme-sonnet] # the model ids your records carry
#       source: "Gateway contract, schedule B"
#       checked: "2026-11-01"
#       prices:
#         - { from: null, input: 2, output: 10, cacheWrite5m: 2.5, cacheWrite1h: 4, cacheRead: 0.2 }
`;

/** Keeps the sessions directory in git before the first record exists. */
export const GITKEEP = '';
