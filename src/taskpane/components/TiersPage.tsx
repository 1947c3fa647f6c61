import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { RegisterActions, RegisterSettings, TierOutcome } from "../actions";
import { FACTOR_LETTERS, THRESHOLD_TIERS } from "../../register/settings";
import { localeOf, useI18n } from "../i18n";
import { TIER } from "../../register/enums";
import { sheetDef } from "../../register/sheets";
import { checkForm, readNumber, toForm, type TierForm, type TierFormProblem } from "../tier-form";
import { ErrorNotice } from "./ErrorNotice";
import { usePageStyles } from "./layout";
import { useNotify } from "./Notify";
import { useTask } from "./useTask";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  factor: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  /** Fluent's Input keeps a minimum width; in a two-column grid it must shrink to its cell. */
  input: { minWidth: 0, width: "100%" },
  fieldset: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  legend: {
    padding: 0,
    fontWeight: tokens.fontWeightSemibold,
    marginBottom: tokens.spacingVerticalS,
  },
});

export function TiersPage(props: {
  actions: RegisterActions;
  onChanged: () => void;
  version: number;
}): React.ReactElement {
  const { actions, onChanged, version } = props;
  const { m, t, lang, number } = useI18n();
  const s = usePageStyles();
  const st = useStyles();
  const notify = useNotify();
  const [base, setBase] = React.useState<RegisterSettings | null>(null);
  const [form, setForm] = React.useState<TierForm | null>(null);
  const [invalid, setInvalid] = React.useState<string[]>([]);
  const [problems, setProblems] = React.useState<TierFormProblem[]>([]);
  const [outcome, setOutcome] = React.useState<TierOutcome | null>(null);

  const load = useTask(() => actions.getSettings());
  const save = useTask(async (settings: RegisterSettings) => {
    await actions.saveSettings(settings);
    return true;
  });
  const recompute = useTask(() => actions.recomputeTiers());
  const loadRun = load.run;

  React.useEffect(() => {
    void loadRun().then((settings) => {
      if (!settings) return;
      setBase(settings);
      setForm(toForm(settings));
    });
  }, [loadRun, version]);

  const tierLabel = (key: string) => TIER.find((v) => v.key === key)?.label[lang] ?? key;
  const factorLabel = (factor: string) =>
    sheetDef("Pipeline").fields.find((f) => f.key === `factor${factor}`)?.label[lang] ?? factor;
  const bad = (id: string) => (invalid.includes(id) ? ("error" as const) : ("none" as const));
  /** A Chinese reader counts large amounts in 万 / 亿: 5,000,000 also reads "500万". */
  const inWords = (text: string): string | undefined => {
    const value = readNumber(text);
    if (lang === "en" || !Number.isFinite(value) || Math.abs(value) < 10_000) return undefined;
    return new Intl.NumberFormat(localeOf(lang), {
      notation: "compact",
      maximumFractionDigits: 4,
    }).format(value);
  };

  const onRecompute = async () => {
    const done = await recompute.run();
    if (!done) return;
    setOutcome(done);
    onChanged();
    notify("success", t(m.tiers.recomputed, { changed: done.changed }));
  };

  const onSave = async () => {
    if (!form || !base) return;
    const checked = checkForm(form, base);
    setInvalid(checked.invalid);
    setProblems(checked.problems);
    if (!checked.settings) return;
    if (!(await save.run(checked.settings))) return;
    setBase(checked.settings);
    notify("success", m.tiers.saved);
    onChanged();
  };

  const problemText: Record<TierFormProblem, string> = {
    thresholds: m.tiers.thresholdsOrder,
    weights: m.tiers.weightsInvalid,
    cuts: m.tiers.cutInvalid,
  };

  return (
    <section className={s.page} aria-labelledby="tiers-title">
      <h2 id="tiers-title" className={s.heading}>
        {m.tiers.title}
      </h2>
      <Text as="p">{m.tiers.intro}</Text>
      <ErrorNotice error={load.error ?? recompute.error ?? save.error} />
      <div className={s.actions}>
        <Button
          appearance="primary"
          onClick={() => void onRecompute()}
          disabled={recompute.pending}
        >
          {m.tiers.recompute}
        </Button>
        {recompute.pending ? <Spinner size="tiny" label={m.common.working} /> : null}
      </div>
      {outcome ? (
        <div className={s.section}>
          <h3 className={s.heading}>{m.tiers.countsTitle}</h3>
          <dl className={s.stats}>
            {TIER.map((tier) => (
              <div key={tier.key} className={s.stat}>
                <dt className={s.statLabel}>{tier.label[lang]}</dt>
                <dd className={s.statValue}>
                  {number(outcome.counts[tier.key as keyof TierOutcome["counts"]])}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}

      {form ? (
        <form
          className={s.section}
          onSubmit={(event) => {
            event.preventDefault();
            void onSave();
          }}
        >
          <fieldset className={st.fieldset}>
            <legend className={st.legend}>{m.tiers.thresholdsTitle}</legend>
            <div className={st.grid}>
              {THRESHOLD_TIERS.map((tier, index) => (
                <Field
                  key={tier}
                  label={t(m.tiers.thresholdFrom, { tier: tierLabel(tier) })}
                  validationState={bad(`threshold:${tier}`)}
                  hint={inWords(form.thresholds[index])}
                >
                  <Input
                    className={st.input}
                    inputMode="decimal"
                    value={form.thresholds[index]}
                    onChange={(_, data) =>
                      setForm({
                        ...form,
                        thresholds: form.thresholds.map((v, i) => (i === index ? data.value : v)),
                      })
                    }
                  />
                </Field>
              ))}
            </div>
          </fieldset>
          <fieldset className={st.fieldset}>
            <legend className={st.legend}>{m.tiers.weightsTitle}</legend>
            <div className={st.grid}>
              {FACTOR_LETTERS.map((factor) => (
                <div key={factor} className={st.factor}>
                  <Field label={factorLabel(factor)} validationState={bad(`weight:${factor}`)}>
                    <Input
                      className={st.input}
                      inputMode="decimal"
                      value={form.weights[factor]}
                      onChange={(_, data) =>
                        setForm({ ...form, weights: { ...form.weights, [factor]: data.value } })
                      }
                    />
                  </Field>
                  <Checkbox
                    label={m.tiers.against}
                    aria-label={`${factorLabel(factor)}: ${m.tiers.against}`}
                    checked={form.against.includes(factor)}
                    onChange={(_, data) =>
                      setForm({
                        ...form,
                        against: data.checked
                          ? [...form.against, factor]
                          : form.against.filter((f) => f !== factor),
                      })
                    }
                  />
                </div>
              ))}
            </div>
          </fieldset>
          <fieldset className={st.fieldset}>
            <legend className={st.legend}>{m.tiers.cutsTitle}</legend>
            <div className={st.grid}>
              <Field label={m.tiers.valueCut} validationState={bad("valueCut")}>
                <Input
                  className={st.input}
                  inputMode="decimal"
                  value={form.valueCut}
                  onChange={(_, data) => setForm({ ...form, valueCut: data.value })}
                />
              </Field>
              <Field label={m.tiers.difficultyCut} validationState={bad("difficultyCut")}>
                <Input
                  className={st.input}
                  inputMode="decimal"
                  value={form.difficultyCut}
                  onChange={(_, data) => setForm({ ...form, difficultyCut: data.value })}
                />
              </Field>
            </div>
          </fieldset>
          {problems.length > 0 ? (
            <MessageBar intent="warning" layout="multiline" role="alert">
              <MessageBarBody>
                {problems.map((p) => (
                  <Text as="p" key={p} block>
                    {problemText[p]}
                  </Text>
                ))}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <div className={s.actions}>
            <Button appearance="primary" type="submit" disabled={save.pending}>
              {m.tiers.save}
            </Button>
          </div>
        </form>
      ) : load.pending ? (
        <Spinner size="small" label={m.app.loading} />
      ) : null}
    </section>
  );
}
