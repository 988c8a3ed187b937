/**
 * Values a form posts without showing them: the record it is about, what one step hands
 * to the next. Absent ones (null, undefined) are left out.
 */
export function HiddenFields({ fields }: { fields: Record<string, string | null | undefined> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) =>
        value == null ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
    </>
  );
}
