import type { ChangeNews } from './events.js';
import type { Members } from './membership.js';
import type { contractUrls, createWriteLine, Request } from './requests.js';

/** What the adapter's parts share: one way to send, the URLs, who the person is, the news, the line of writes. */
export interface Connection {
  request: Request;
  url: ReturnType<typeof contractUrls>;
  members: Members;
  news: ChangeNews;
  line: ReturnType<typeof createWriteLine>;
}
