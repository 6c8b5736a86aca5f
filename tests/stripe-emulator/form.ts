// Decodes the Stripe SDK's form encoding (`a[b][0][c]=v`) into nested objects and arrays.
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

export function parseForm(encoded: string): FormObject {
  const root: FormObject = {};
  for (const [rawKey, value] of new URLSearchParams(encoded)) {
    const [head = "", ...rest] = rawKey.split("[").map((part) => part.replace(/]$/, ""));
    const path = [head, ...rest];
    let node: FormObject = root;
    path.forEach((key, index) => {
      const slot = key === "" ? String(Object.keys(node).length) : key;
      if (index === path.length - 1) node[slot] = value;
      else node = (node[slot] ??= {}) as FormObject;
    });
  }
  return arraysFromIndexedObjects(root) as FormObject;
}

function arraysFromIndexedObjects(value: FormValue): FormValue {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const converted = Object.fromEntries(keys.map((key) => [key, arraysFromIndexedObjects(value[key] as FormValue)]));
  const indexed = keys.length > 0 && keys.every((key, i) => key === String(i));
  return indexed ? keys.map((key) => converted[key] as FormValue) : converted;
}
