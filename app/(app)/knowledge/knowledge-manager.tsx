"use client";

import { useState } from "react";
import { DocumentEditorCard } from "./document-editor-card";
import { DocumentsListCard } from "./documents-list-card";
import { ImportCard } from "./import-card";
import { IndexStatusCard } from "./index-status-card";
import { TryQuestionCard } from "./try-question-card";

export function KnowledgeManager({ canManage }: { canManage: boolean }) {
  const [editingId, setEditingId] = useState<string | null>(null);
  return (
    <div className="space-y-6">
      <IndexStatusCard />
      <TryQuestionCard />
      {canManage && (
        <div className="grid gap-6 lg:grid-cols-2">
          <DocumentEditorCard key={editingId ?? "new"} documentId={editingId} onDone={() => setEditingId(null)} />
          <ImportCard />
        </div>
      )}
      <DocumentsListCard canManage={canManage} onEdit={setEditingId} />
    </div>
  );
}
