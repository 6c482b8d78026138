// The entry point: reads and checks the settings first, so that a missing or malformed one is
// reported at once, before the bot's few hundred modules are loaded.
import "dotenv/config";
import { ConfigError, parseConfig, type Config } from "./config/index.ts";

function loadConfig(): Config {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const config = loadConfig();
// A signal while the modules load: nothing has started yet, so there is nothing to finish.
const stopEarly = () => process.exit(0);
process.once("SIGINT", stopEarly);
process.once("SIGTERM", stopEarly);
const { start } = await import("./start.ts");
process.off("SIGINT", stopEarly);
process.off("SIGTERM", stopEarly);
// start() listens for the signals itself before its first await.
await start(config);
