"use client";

import { useState } from "react";
import { CreateKeyCard } from "./create-key-card";
import { KeysListCard } from "./keys-list-card";
import { NewKeySecret } from "./new-key-secret";

export function ApiKeysManager({ canManage }: { canManage: boolean }) {
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  return (
    <div className="space-y-6">
      {created ? (
        <NewKeySecret name={created.name} secret={created.secret} onDone={() => setCreated(null)} />
      ) : (
        canManage && <CreateKeyCard onCreated={setCreated} />
      )}
      <KeysListCard canManage={canManage} />
    </div>
  );
}
