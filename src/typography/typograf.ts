/**
 * typograf as an ES module. Its package ships one set of type declarations for both of its builds,
 * read as CommonJS (the package has no "type": "module"), so TypeScript types the default import as
 * the module object; at run time Node loads the ES build, whose default export is the class itself.
 */
import typografModule from "typograf";

export const Typograf = typografModule as unknown as typeof typografModule.default;
export type Typograf = InstanceType<typeof Typograf>;
