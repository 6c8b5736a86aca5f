import type { ReactNode } from "react";
import { EmptyState } from "@/app/_components/ui/empty-state";

interface DataTableProps {
  headers: string[];
  rows: { key: string; cells: ReactNode[]; testId?: string }[];
  empty: string;
  testId?: string;
}

/** A scrollable table (phones scroll it sideways) with an empty state. */
export function DataTable({ headers, rows, empty, testId }: DataTableProps) {
  if (rows.length === 0) return <EmptyState title={empty} />;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm" data-testid={testId}>
        <thead className="text-slate-500">
          <tr>
            {headers.map((header, index) => (
              <th key={index} scope="col" className="py-2 pr-4 font-medium whitespace-nowrap">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.key} data-testid={row.testId}>
              {row.cells.map((cell, index) => (
                <td key={index} className="py-2 pr-4 align-top">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
