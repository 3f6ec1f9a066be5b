/**
 * The sentence that says what a scenario's yearly cap costs in time, and the budget that would end
 * the plan as early as the other limits allow: in the report's summary and in the forecast view,
 * the words `budgetNeedText` (shared/analysis/budget.ts) wrote for both and for the CLI.
 */
export function BudgetLine({ text, className }: { text: string; className?: string }) {
  return (
    <p className={className} data-testid="budget-need">
      {text}
    </p>
  );
}
