/**
 * The KAM.* custom functions: thin wrappers over the scoring API. Blank required inputs give ""
 * so half-filled register rows stay quiet; blank optional inputs take their defaults; bad input
 * gives #VALUE! with a message (wrong type or shape) or a bare #NUM! (a number out of range),
 * never an exception.
 */
import * as scoring from "../scoring";
import {
  alignedCells,
  answer,
  answerMatrix,
  cellsOf,
  dateFromSerial,
  flagCell,
  isBlank,
  numberCell,
  numbersIn,
  optionalNumber,
  rowsOf,
  serialFromDate,
  slaDays as slaDaysFrom,
  tierThresholds,
} from "./arguments";

const anyBlank = (...cells: unknown[]) => cells.some(isBlank);

/**
 * The service tier of a client by annual revenue: diamond, platinum, gold, vip or standard.
 * @customfunction TIER
 * @param annualRevenue Annual revenue from the client.
 * @param [thresholds] Minimum revenue for diamond, platinum, gold and VIP, as one row or column of 4 cells. Default 5000000, 1000000, 500000, 10000.
 * @returns The tier key, or "" when the revenue is blank.
 */
function tier(annualRevenue: unknown, thresholds?: unknown[][]): string | CustomFunctions.Error {
  return answer(() =>
    isBlank(annualRevenue)
      ? ""
      : scoring.tier(numberCell(annualRevenue, "annualRevenue"), tierThresholds(thresholds))
  );
}

/**
 * Grades a deal by value and difficulty: A high value and low difficulty, B both high, C both low, D low value and high difficulty.
 * @customfunction GRADE
 * @param value Value score of the deal (0-100).
 * @param difficulty Difficulty score of the deal.
 * @param [valueCut] Value at or above which the value counts as high. Default 50.
 * @param [difficultyCut] Difficulty at or above which the difficulty counts as high. Default 50.
 * @returns A, B, C or D, or "" when value or difficulty is blank.
 */
function grade(
  value: unknown,
  difficulty: unknown,
  valueCut?: unknown,
  difficultyCut?: unknown
): string | CustomFunctions.Error {
  return answer(() =>
    anyBlank(value, difficulty)
      ? ""
      : scoring.grade(
          numberCell(value, "value"),
          numberCell(difficulty, "difficulty"),
          optionalNumber(valueCut, "valueCut"),
          optionalNumber(difficultyCut, "difficultyCut")
        )
  );
}

/**
 * The weighted value of a deal on 0-100 from factor scores on 1-5.
 * @customfunction VALUESCORE
 * @param scores Factor scores 1-5; blank scores are left out with their weight.
 * @param weights Factor weights, one per score.
 * @param [against] TRUE or 1 for factors that count against the deal (cost, risk, difficulty), one per score.
 * @returns The value score 0-100, or "" when every score is blank.
 */
function valueScore(
  scores: unknown[][],
  weights: unknown[][],
  against?: unknown[][]
): number | string | CustomFunctions.Error {
  return answer(() => {
    const [s, w, a] = alignedCells({
      scores,
      weights,
      against: against ?? cellsOf(scores).map(() => null),
    });
    const used = s.flatMap((cell, i) => (isBlank(cell) ? [] : [i]));
    if (used.length === 0) return "";
    const pick = <T>(read: (i: number) => T) => used.map(read);
    return scoring.valueScore(
      pick((i) => numberCell(s[i], `score ${i + 1}`)),
      pick((i) => optionalNumber(w[i], `weight ${i + 1}`) ?? 0),
      pick((i) => flagCell(a[i], `against ${i + 1}`))
    );
  });
}

/**
 * Satisfaction gap: actual perception minus expected perception (means of the cells given).
 * @customfunction SATISFACTION
 * @param actual Actual perception scores.
 * @param expected Expected perception scores.
 * @returns Mean actual minus mean expected, or "" when either side has no numbers.
 */
function satisfaction(
  actual: unknown[][],
  expected: unknown[][]
): number | string | CustomFunctions.Error {
  return answer(() => {
    const [a, e] = [numbersIn(actual, "actual"), numbersIn(expected, "expected")];
    return a.length === 0 || e.length === 0 ? "" : scoring.satisfaction(a, e);
  });
}

/**
 * Customer lifetime value from margin per period, retention and discount rate.
 * @customfunction CLV
 * @param margin Margin per period.
 * @param retention Share of clients kept each period (0-1).
 * @param discountRate Discount rate per period.
 * @param [years] Number of periods; blank for an unlimited horizon, margin*r/(1+d-r).
 * @returns The lifetime value, or "" when an input is blank.
 */
function clv(
  margin: unknown,
  retention: unknown,
  discountRate: unknown,
  years?: unknown
): number | string | CustomFunctions.Error {
  return answer(() =>
    anyBlank(margin, retention, discountRate)
      ? ""
      : scoring.clv(
          numberCell(margin, "margin"),
          numberCell(retention, "retention"),
          numberCell(discountRate, "discountRate"),
          optionalNumber(years, "years")
        )
  );
}

/**
 * The RFM code of a client, such as "345": recency, frequency and monetary quintiles 1-5 against all clients.
 * @customfunction RFM
 * @param recencyDays Days since the client's last purchase.
 * @param frequency The client's number of purchases.
 * @param monetary The client's spend.
 * @param recencyPopulation Days since the last purchase, for all clients.
 * @param frequencyPopulation Number of purchases, for all clients.
 * @param monetaryPopulation Spend, for all clients.
 * @returns A three-digit code, or "" when one of the client's values is blank.
 */
function rfm(
  recencyDays: unknown,
  frequency: unknown,
  monetary: unknown,
  recencyPopulation: unknown[][],
  frequencyPopulation: unknown[][],
  monetaryPopulation: unknown[][]
): string | CustomFunctions.Error {
  return answer(() =>
    anyBlank(recencyDays, frequency, monetary)
      ? ""
      : scoring.rfm(
          numberCell(recencyDays, "recencyDays"),
          numberCell(frequency, "frequency"),
          numberCell(monetary, "monetary"),
          {
            recency: numbersIn(recencyPopulation, "recencyPopulation"),
            frequency: numbersIn(frequencyPopulation, "frequencyPopulation"),
            monetary: numbersIn(monetaryPopulation, "monetaryPopulation"),
          }
        )
  );
}

/**
 * ABC (Pareto) class of each value: A up to 80% of the total, B the next 15%, C the rest. Spills one class per cell.
 * @customfunction PARETO
 * @param values Values to classify, such as annual revenue per client; blank cells stay blank.
 * @param [cutA] Share of the total where A ends. Default 0.8.
 * @param [cutB] Share of the total where B ends. Default 0.95.
 * @returns {string[][]} A, B or C for each cell, in the shape of values.
 */
function pareto(values: unknown[][], cutA?: unknown, cutB?: unknown) {
  // A function declared to return a matrix answers an error as a 1×1 matrix too.
  return answerMatrix(() => {
    const cuts: [number, number] = [
      optionalNumber(cutA, "cutA") ?? scoring.DEFAULT_PARETO_CUTS[0],
      optionalNumber(cutB, "cutB") ?? scoring.DEFAULT_PARETO_CUTS[1],
    ];
    const classes = scoring.pareto(numbersIn(values, "values"), cuts);
    let next = 0;
    return rowsOf(values).map((row) =>
      row.map((cell): string => (isBlank(cell) ? "" : classes[next++]))
    );
  });
}

/**
 * Life-cover gap by the DIME method: debts + income * years + mortgage + education - existing cover - liquid assets, at least 0.
 * @customfunction PROTECTIONGAP
 * @param annualIncome Annual income to replace.
 * @param yearsOfSupport Years the family needs the income.
 * @param [debts] Debts other than the mortgage.
 * @param [mortgage] Mortgage outstanding.
 * @param [education] Future education costs.
 * @param [existingCover] Life cover already held.
 * @param [liquidAssets] Savings and other liquid assets.
 * @returns The uncovered amount, or "" when income or years is blank.
 */
function protectionGap(
  annualIncome: unknown,
  yearsOfSupport: unknown,
  debts?: unknown,
  mortgage?: unknown,
  education?: unknown,
  existingCover?: unknown,
  liquidAssets?: unknown
): number | string | CustomFunctions.Error {
  return answer(() =>
    anyBlank(annualIncome, yearsOfSupport)
      ? ""
      : scoring.protectionGap({
          annualIncome: numberCell(annualIncome, "annualIncome"),
          yearsOfSupport: numberCell(yearsOfSupport, "yearsOfSupport"),
          debts: optionalNumber(debts, "debts"),
          mortgage: optionalNumber(mortgage, "mortgage"),
          education: optionalNumber(education, "education"),
          existingCover: optionalNumber(existingCover, "existingCover"),
          liquidAssets: optionalNumber(liquidAssets, "liquidAssets"),
        })
  );
}

/**
 * Critical-illness cover gap: multiple * annual income - cover, at least 0.
 * @customfunction CIGAP
 * @param annualIncome Annual income.
 * @param criticalIllnessCover Critical-illness cover already held; blank counts as none.
 * @param [multiple] Cover needed as a multiple of income. Default 3.
 * @returns The uncovered amount, or "" when the income is blank.
 */
function ciGap(
  annualIncome: unknown,
  criticalIllnessCover: unknown,
  multiple?: unknown
): number | string | CustomFunctions.Error {
  return answer(() =>
    isBlank(annualIncome)
      ? ""
      : scoring.ciGap(
          numberCell(annualIncome, "annualIncome"),
          optionalNumber(criticalIllnessCover, "criticalIllnessCover") ?? 0,
          optionalNumber(multiple, "multiple")
        )
  );
}

/**
 * Net Promoter Score: % promoters (9-10) minus % detractors (0-6), from -100 to 100.
 * @customfunction NPS
 * @param scores Answers 0-10; blank cells are left out.
 * @returns The NPS, or "" when there are no answers.
 */
function nps(scores: unknown[][]): number | string | CustomFunctions.Error {
  return answer(() => {
    const answers = numbersIn(scores, "scores");
    return answers.length === 0 ? "" : scoring.nps(answers);
  });
}

/**
 * The date a complaint is due: the date received plus the service-level days for its severity.
 * @customfunction DUEDATE
 * @param receivedOn Date the complaint was received.
 * @param severity critical, high, medium or low.
 * @param [slaDays] Days allowed for critical, high, medium and low, as one row or column of 4 cells. Default 1, 3, 7, 15.
 * @param [businessDays] TRUE to count working days (Monday-Friday, not holidays). Default FALSE.
 * @param [holidays] Dates that are not working days.
 * @returns The due date as a date serial (format the cell as a date), or "" when the date or severity is blank.
 */
function dueDate(
  receivedOn: unknown,
  severity: unknown,
  slaDays?: unknown[][],
  businessDays?: unknown,
  holidays?: unknown[][]
): number | string | CustomFunctions.Error {
  return answer(() => {
    if (anyBlank(receivedOn, severity)) return "";
    const options = {
      businessDays: flagCell(businessDays, "businessDays"),
      holidays: numbersIn(holidays, "holidays").map((h) => dateFromSerial(h, "holiday")),
    };
    return serialFromDate(
      scoring.dueDate(
        dateFromSerial(receivedOn, "receivedOn"),
        String(severity),
        slaDaysFrom(slaDays),
        options
      )
    );
  });
}

/**
 * Share of wallet: what the client holds with us divided by the client's total.
 * @customfunction SHAREOFWALLET
 * @param ours Amount held with us.
 * @param total Amount held in total, with us and elsewhere.
 * @returns The share 0-1, or "" when an input is blank or the total is 0.
 */
function shareOfWallet(ours: unknown, total: unknown): number | string | CustomFunctions.Error {
  return answer(() =>
    anyBlank(ours, total) || total === 0
      ? ""
      : scoring.shareOfWallet(numberCell(ours, "ours"), numberCell(total, "total"))
  );
}

// No CustomFunctions.associate calls here: custom-functions-metadata-plugin appends one per
// @customfunction to this file when webpack builds it; calling it here too registered every
// function twice (Excel logs a DuplicatedName warning for each).

export {
  tier,
  grade,
  valueScore,
  satisfaction,
  clv,
  rfm,
  pareto,
  protectionGap,
  ciGap,
  nps,
  dueDate,
  shareOfWallet,
};
