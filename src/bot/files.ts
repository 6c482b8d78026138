import type { Api, BotConfig } from "grammy";
import type { Context } from "./context.ts";

export type ClientFetch = NonNullable<NonNullable<BotConfig<Context>["client"]>["fetch"]>;

/** Downloads a file a person sent, through the same Bot API server (and HTTP client) the bot uses. */
export type FileFetcher = (api: Api, fileId: string) => Promise<Uint8Array>;

export function fileFetcher(opts: { apiRoot: string; token: string; fetch?: ClientFetch }): FileFetcher {
  return async (api, fileId) => {
    const file = await api.getFile(fileId);
    if (!file.file_path) throw new Error(`Telegram gave no path for file ${fileId}`);
    const url = `${opts.apiRoot}/file/bot${opts.token}/${file.file_path}`;
    const response = opts.fetch ? await opts.fetch(url) : await fetch(url);
    if (!response.ok) throw new Error(`Downloading ${file.file_path} failed with HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}
