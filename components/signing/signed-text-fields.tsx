/** The text a sign page shows: its language and the letter's version it is. */
export type SignedText = { locale: string; version: number };

/**
 * What a sign form posts of the text it was shown beside, so the signature records the
 * language and version its signer read (lib/domain/signing-rules signedText).
 */
export function SignedTextFields({ text }: { text: SignedText }) {
  return (
    <>
      <input type="hidden" name="textLocale" value={text.locale} />
      <input type="hidden" name="letterVersion" value={String(text.version)} />
    </>
  );
}
