declare module 'virtual:examples' {
  const examples: Record<string, Record<string, Record<string, unknown>>>;
  export default examples;
}
