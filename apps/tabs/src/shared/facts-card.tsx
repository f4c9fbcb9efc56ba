import { Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useViewStyles } from "./views.styles.js";

/** An object's facts as terms and values in a card under its own heading (an activity's, a meeting's). */
export function FactsCard({ heading, rows }: { heading: string; rows: readonly (readonly [string, ReactNode])[] }) {
  const styles = useViewStyles();
  return (
    <section className={styles.card} aria-labelledby="facts-heading">
      <h2 id="facts-heading" className={styles.subheading}>
        {heading}
      </h2>
      <dl className={styles.stack} style={{ margin: 0 }}>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>
              <Text weight="semibold">{term}</Text>
            </dt>
            <dd className={styles.definition}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
