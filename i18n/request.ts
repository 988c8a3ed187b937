import { getRequestConfig } from "next-intl/server";
import { messages } from "@/messages/en";

/*
 * One language for now, without locale routing: every request gets English. The
 * catalog is imported statically so it is bundled, not read from disk per request.
 */
export default getRequestConfig(async () => ({
  locale: "en-GB",
  // Dates on the public record are calendar dates; UTC keeps them from shifting by a day.
  timeZone: "UTC",
  messages,
}));
