import type { FunctionComponent } from 'preact';
import { useLazyPage } from './lazyPage';
import { LoadFailed, Loading } from './Status';

/** A screen or panel whose code loads when it is first shown: "loading" until then, a plain error if it cannot. */
export function Lazy<P extends object>({ load, props }: { load: () => Promise<{ default: FunctionComponent<P> }>; props: P }) {
  const Page = useLazyPage(load);
  if (Page === 'failed') return <LoadFailed />;
  return Page ? <Page {...props} /> : <Loading />;
}
