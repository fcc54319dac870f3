// Stands in for Node's type library when src/core is type-checked on its own (src/core/tsconfig.json): some
// dependencies' declarations reference it (`/// <reference types="node" />`), which would otherwise bring Node's
// globals into the core's program and hide a use of `Buffer` or `process` there.
export {};
