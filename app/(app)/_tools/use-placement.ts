"use client";

import { useEffect, useState } from "react";
import type { Placement } from "@/app/_inference/run-task";

const PLACEMENT_KEY = "lumen.inference.placement";
const DOWNLOAD_KEY = "lumen.inference.downloadAccepted";

/** The user's "where to run" choice and download consent, kept in this browser. */
export function usePlacement() {
  const [placement, setPlacementState] = useState<Placement>("auto");
  const [downloadAccepted, setDownloadAcceptedState] = useState(false);
  useEffect(() => {
    const saved = localStorage.getItem(PLACEMENT_KEY);
    if (saved === "auto" || saved === "device" || saved === "server") setPlacementState(saved);
    setDownloadAcceptedState(localStorage.getItem(DOWNLOAD_KEY) === "true");
  }, []);
  return {
    placement,
    downloadAccepted,
    setPlacement(value: Placement) {
      localStorage.setItem(PLACEMENT_KEY, value);
      setPlacementState(value);
    },
    setDownloadAccepted(value: boolean) {
      localStorage.setItem(DOWNLOAD_KEY, String(value));
      setDownloadAcceptedState(value);
    },
  };
}
