// Discord's CDN for attachments: `GET /attachments/:channelId/:attachmentId/:filename` serves the
// bytes a user attached, without the bot token (Discord signs the URL instead).
import type { FakeContext } from "../context.ts";
import { discordError } from "../errors.ts";
import { type Route, route } from "../router.ts";

/** The CDN routes: attachments' bytes. */
export function cdnRoutes(ctx: FakeContext): Route[] {
  return [
    route(
      "GET",
      "/attachments/:channelId/:attachmentId/:filename",
      ({ params }) => {
        const stored = ctx.state.attachments.get(params.attachmentId ?? "");
        if (!stored || stored.attachment.filename !== params.filename)
          return discordError(404, 0, "404: Not Found");
        const contentType = stored.attachment.content_type ?? "application/octet-stream";
        return { status: 200, raw: { bytes: stored.bytes, contentType } };
      },
      { auth: false },
    ),
  ];
}
