// Loads the Azure bundle as the Functions worker would, with a stand-in for the worker's
// `@azure/functions-core` that records what the app registers, and prints the registrations.
const Module = require("node:module");
const { resolve } = require("node:path");

const registered = [];
const core = {
  setProgrammingModel() {},
  registerFunction(metadata) {
    registered.push(metadata);
    return { dispose() {} };
  },
  registerHook() {
    return { dispose() {} };
  },
  log() {},
};
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === "@azure/functions-core" ? core : load.call(this, request, ...rest);
};
require(resolve(process.argv[2]));
process.stdout.write(JSON.stringify(registered));
