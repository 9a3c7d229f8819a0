// Types for the three undici 8 modules the registry client loads by path
// (see dispatcher.ts for why it does not load undici's index).
declare module 'undici/lib/dispatcher/agent.js' {
  import { Agent } from 'undici';
  export default Agent;
}

declare module 'undici/lib/api/api-request.js' {
  import type { Dispatcher } from 'undici';
  export default function request(this: Dispatcher, opts: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData>;
}

declare module 'undici/lib/interceptor/redirect.js' {
  import type { Dispatcher } from 'undici';
  export default function redirect(opts: { maxRedirections?: number }): Dispatcher.DispatcherComposeInterceptor;
}
