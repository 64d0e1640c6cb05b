/**
 * A filter select's options, the address's choice selected when the form is made. Not a controlled `value`: that is put
 * back on every render, so a list arriving while the editor chooses would undo the choice.
 */
export function Options({ blank, values, chosen }: { blank: string; values: readonly string[]; chosen: string }) {
  return (
    <>
      <option value="" selected={!chosen}>{blank}</option>
      {values.map(v => <option key={v} value={v} selected={v === chosen}>{v}</option>)}
    </>
  );
}
