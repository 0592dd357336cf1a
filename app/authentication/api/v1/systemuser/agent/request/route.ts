// The seed documents send agent requests to `systemuser/agent/request`, a path Altinn does not have; the
// contract says their examples work as written, so it is an alias of `systemuser/request/vendor/agent`.
export { POST } from '../../request/vendor/agent/route';
