// The runtime has the same API as the full package, less the compiler; its own typings declare no export.
declare module 'handlebars/runtime.js' {
  import Handlebars from 'handlebars';
  export default Handlebars;
}
