import { useI18n } from "../i18n/i18n.js";
import { type Choice, ChoiceField } from "../shared/choice-field.js";
import type { useFormSubmit } from "../shared/use-form-submit.js";

/**
 * Where a document sits in the register: the document it is under, and the one it replaces
 * (the latter offered only while the document is not yet adopted).
 */
export function DocumentLinkFields({
  documents,
  parentId,
  onParent,
  supersedesId,
  onSupersedes,
  showSupersedes = true,
  field,
}: {
  documents: readonly Choice[];
  parentId: string;
  onParent: (id: string) => void;
  supersedesId: string;
  onSupersedes: (id: string) => void;
  showSupersedes?: boolean;
  field: ReturnType<typeof useFormSubmit>["fieldProps"];
}) {
  const { t } = useI18n();
  return (
    <>
      <ChoiceField
        label={t("documents.field.parent")}
        value={parentId}
        choices={documents}
        onChange={onParent}
        all={t("documents.field.none")}
        validation={field("body.parentId")}
      />
      {showSupersedes && (
        <ChoiceField
          label={t("documents.field.supersedes")}
          value={supersedesId}
          choices={documents}
          onChange={onSupersedes}
          all={t("documents.field.none")}
          validation={field("body.supersedesId")}
        />
      )}
    </>
  );
}
