import { useTranslations } from "next-intl";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";
import type { LetterStatus } from "@/lib/domain/letter-lifecycle";

const TONE: Record<LetterStatus, StatusTone> = {
  draft: "neutral",
  collecting: "info",
  sent: "success",
  closed: "neutral",
};

/** Where a letter is in its life, in words: "Draft", "Collecting signatures", "Sent", "Closed". */
export function LetterStatusBadge({ status }: { status: LetterStatus }) {
  const t = useTranslations("staffLetters.status");
  return <StatusBadge tone={TONE[status]}>{t(status)}</StatusBadge>;
}
