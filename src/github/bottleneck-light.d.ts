// bottleneck/light.js (what the octokit plugins use: no Redis clustering) ships without types;
// its API is the full build's.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
