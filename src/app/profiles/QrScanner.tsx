import { useEffect, useRef, useState } from 'preact/hooks';
import { parseLearnerCode } from '../../core/learner';
import { useT } from '../../i18n/use-t';

/** The part of the Barcode Detection API used here (not yet in TypeScript's DOM types). */
interface BarcodeDetectorLike {
  detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

const detectorClass = (): BarcodeDetectorClass | undefined =>
  (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;

/**
 * Whether this tablet can scan a card's QR code: its browser reads QR codes itself
 * (BarcodeDetector, no library to download) and it has a camera.
 */
export async function canScan(): Promise<boolean> {
  if (!detectorClass() || !navigator.mediaDevices?.enumerateDevices) return false;
  try {
    const devices = await navigator.mediaDevices.enumerateDevices();
    return devices.some((d) => d.kind === 'videoinput');
  } catch {
    return false;
  }
}

export type CameraProblem = 'refused' | 'failed';

interface Props {
  /** A learner code read from a card's QR code (which holds the code itself, as on the card). */
  onCode: (code: string) => void;
  onProblem: (problem: CameraProblem) => void;
  onStop: () => void;
}

/**
 * The camera, showing what it sees, until a learner card's QR code is in front of it. The camera
 * is switched off as soon as this leaves the screen: on a code, on Stop, or on leaving the screen.
 */
export function QrScanner({ onCode, onProblem, onStop }: Props) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const stop = useRef<HTMLButtonElement>(null);
  const [notACard, setNotACard] = useState(false);
  // The latest callbacks, without starting the camera again when they change.
  const told = useRef({ onCode, onProblem });
  told.current = { onCode, onProblem };

  useEffect(() => {
    // The camera's view comes into sight, on a short screen too; Stop, above it, stays in sight.
    video.current?.scrollIntoView({ block: 'nearest' });
    stop.current?.focus({ preventScroll: true });
    let stopped = false;
    let stream: MediaStream | null = null;
    const Detector = detectorClass();
    if (!Detector) {
      told.current.onProblem('failed');
      return;
    }
    const detector = new Detector({ formats: ['qr_code'] });
    const look = async (): Promise<void> => {
      if (stopped) return;
      const v = video.current;
      if (v && v.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
        const found = await detector.detect(v).catch(() => []);
        if (stopped) return;
        for (const { rawValue } of found) {
          const code = parseLearnerCode(rawValue);
          if (code) {
            told.current.onCode(code);
            return;
          }
        }
        if (found.length > 0) setNotACard(true);
      }
      requestAnimationFrame(() => void look());
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then((camera) => {
        stream = camera;
        if (stopped) {
          for (const track of camera.getTracks()) track.stop();
          return;
        }
        if (video.current) {
          video.current.srcObject = camera;
          void video.current.play().catch(() => undefined);
        }
        void look();
      })
      .catch((error: unknown) => {
        if (stopped) return;
        const name = error instanceof DOMException ? error.name : '';
        told.current.onProblem(name === 'NotAllowedError' || name === 'SecurityError' ? 'refused' : 'failed');
      });
    return () => {
      stopped = true;
      for (const track of stream?.getTracks() ?? []) track.stop();
      if (video.current) video.current.srcObject = null;
    };
  }, []);

  return (
    <div class="scanner">
      <p>{t('restore.scanning')}</p>
      {notACard && <p class="warning">{t('restore.not-a-card')}</p>}
      <p>
        <button type="button" class="button secondary" ref={stop} onClick={onStop}>
          {t('restore.stop-scan')}
        </button>
      </p>
      <video ref={video} class="scanner-view" muted playsInline aria-label={t('restore.camera')} />
    </div>
  );
}
