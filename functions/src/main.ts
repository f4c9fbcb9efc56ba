// Entry point of the Azure Functions app. It registers the routes and nothing else: the
// local identity provider and the local host are not part of this bundle.
import "./modules.js";
