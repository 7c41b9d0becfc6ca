import type { GitHub } from '../github/client.js';
import { readFileAtRef } from '../github/files.js';
import { listPullRequestFiles, PULL_REQUEST_FILES_LIMIT, type PullRequestInfo } from '../github/pulls.js';
import { mapLimit } from '../local/map-limit.js';
import { admit, isSafeRelativePath, refuse, stageFile, type RecordLimits, type StagedRecords } from './stage.js';

/** Parallel reads: well under the throttling plugin's 10 concurrent requests. */
const CONCURRENCY = 4;

/**
 * `api` source: the files the PR adds or changes under the records globs, read at the head SHA
 * through the contents API. Nothing is checked out or executed, so this is safe under
 * `pull_request_target` and needs only `contents: read`.
 */
export async function stageRecordsFromApi(
  gh: GitHub,
  pr: PullRequestInfo,
  isRecord: (path: string) => boolean,
  stage: StagedRecords,
  limits: RecordLimits,
): Promise<void> {
  const files = await listPullRequestFiles(gh, pr.number);
  const total = pr.changedFiles ?? files.length;
  if (files.length >= PULL_REQUEST_FILES_LIMIT && total > files.length) {
    stage.notes.push(
      `This PR changes ${total} files; GitHub's API lists only the first ${PULL_REQUEST_FILES_LIMIT}, so records beyond them were not read. Use source: workspace with a full checkout for PRs this large.`,
    );
  }
  const wanted = files.filter((f) => f.status !== 'removed' && isRecord(f.path));
  await mapLimit(wanted, CONCURRENCY, async (file) => {
    if (!isSafeRelativePath(file.path)) {
      refuse(stage, file.path, 'not a plain repository path');
      return;
    }
    const read = await readFileAtRef(gh, file.path, pr.headSha, limits.maxFileBytes);
    switch (read.kind) {
      case 'missing':
        refuse(stage, file.path, 'not found at the head commit');
        break;
      case 'not-a-file':
        refuse(stage, file.path, read.type === 'symlink' ? 'symbolic link not followed' : 'not a regular file');
        break;
      case 'too-large':
        admit(stage, file.path, read.size, limits);
        break;
      case 'file':
        if (admit(stage, file.path, read.content.length, limits)) await stageFile(stage, file.path, read.content);
        break;
    }
  });
}
