import type { ReactNode } from "react";
import { VisibilityFieldset } from "@/components/signing/visibility-fieldset";
import type { FollowLevel } from "@/lib/domain/following";

/** The words of the choice, already translated (the fieldset is drawn on server and client alike). */
export type LevelWords = {
  legend: ReactNode;
  responses: ReactNode;
  responsesHint: ReactNode;
  all: ReactNode;
  allHint: ReactNode;
};

/** What a follower hears: responses and outcomes only (the default), or every update. */
export function LevelFieldset({
  id,
  words,
  defaultValue = "responses",
  error,
}: {
  id: string;
  words: LevelWords;
  defaultValue?: FollowLevel;
  error?: string;
}) {
  return (
    <VisibilityFieldset<FollowLevel>
      id={id}
      legend={words.legend}
      name="level"
      defaultValue={defaultValue}
      error={error}
      choices={[
        { value: "responses", label: words.responses, hint: words.responsesHint },
        { value: "all", label: words.all, hint: words.allHint },
      ]}
    />
  );
}
