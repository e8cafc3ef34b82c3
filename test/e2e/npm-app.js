// An application's entry: it registers the elements from the published npm build.
import '@kollegalaering/components/define.js';
