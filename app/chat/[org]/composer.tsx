"use client";

import { useRef, useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { useI18n } from "@/app/_i18n/client";

const IMAGE_TYPES = "image/jpeg,image/png,image/webp";
const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/** Message box with an optional image (JPEG, PNG or WebP up to 2 MB, checked again on the server). */
export function Composer({ disabled, onSend }: { disabled: boolean; onSend: (text: string, image?: string) => Promise<void> }) {
  const { t } = useI18n();
  const [text, setText] = useState("");
  const [image, setImage] = useState<{ name: string; data: string } | null>(null);
  const [imageError, setImageError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const pick = async (file: File | undefined) => {
    setImageError(null);
    if (!file) return;
    if (!IMAGE_TYPES.split(",").includes(file.type) || file.size > IMAGE_MAX_BYTES) {
      setImageError(t("support.customer.imageRules"));
      return;
    }
    setImage({ name: file.name, data: await readAsDataUrl(file) });
  };

  return (
    <form
      className="space-y-2 border-t border-slate-200 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim() && !image) return;
        const message = text.trim();
        const attached = image?.data;
        setText("");
        setImage(null);
        if (fileRef.current) fileRef.current.value = "";
        void onSend(message, attached).catch(() => undefined);
      }}
    >
      {image && <p className="text-xs text-slate-600">{t("support.customer.attached", { name: image.name })}</p>}
      {imageError && <p role="alert" className="text-xs text-red-600">{imageError}</p>}
      <div className="flex items-end gap-2">
        <label className="cursor-pointer rounded-md px-2 py-2 text-sm text-slate-600 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
          <span>{t("support.customer.attach")}</span>
          <input ref={fileRef} type="file" accept={IMAGE_TYPES} className="sr-only" onChange={(e) => void pick(e.target.files?.[0])} />
        </label>
        <textarea
          className="block min-h-10 flex-1 resize-none rounded-md border-0 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600"
          rows={2}
          maxLength={2000}
          value={text}
          aria-label={t("support.customer.messageLabel")}
          placeholder={t("support.customer.placeholder")}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
        />
        <Button type="submit" disabled={disabled}>{t("support.customer.send")}</Button>
      </div>
    </form>
  );
}
