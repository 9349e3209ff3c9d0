import { useEffect, useMemo, useState } from 'react';
import { POSE_LIST } from '../../../content/catalog';
import { drawFrame, prepareScene, type FigureSide } from '../../domain/figure/drawing';
import { easeInOut, loopPosition } from '../../domain/figure/motion';
import type { Pose } from '../../domain/figure/skeleton';
import { useReducedMotion } from '../hooks/use-reduced-motion';

const POSES = new Map(POSE_LIST.map((pose) => [pose.id, pose]));

type FigureProps = {
  poses: readonly string[];
  /**
   * Where the movement is, from 0 (first key pose) to 1 (last); when given, the caller drives it
   * (the breath pacer, a hold in the player). Otherwise the figure loops on its own.
   */
  phase?: number;
  /** The side being worked: the picture is mirrored for the left. */
  side?: FigureSide | null;
  className?: string;
  title?: string;
};

/** An original picture of a person in position, moving between key poses. */
export function Figure({ poses, phase, side, className, title }: FigureProps) {
  const key = poses.join(' ');
  const keyPoses = useMemo(
    () =>
      key
        .split(' ')
        .map((id) => POSES.get(id))
        .filter((p): p is Pose => p !== undefined),
    [key],
  );
  // Solving the key poses and laying out the props is done once, not on every frame.
  const scene = useMemo(() => prepareScene(keyPoses, side ?? undefined), [keyPoses, side]);
  const reduced = useReducedMotion();
  const loops = keyPoses.length > 1 && phase === undefined && !reduced;
  const elapsed = useElapsed(loops);
  if (keyPoses.length === 0) return null;
  const last = keyPoses.length - 1;
  // Without motion the held position is the one to show.
  const at = reduced
    ? last
    : phase !== undefined
      ? easeInOut(phase) * last
      : loopPosition(keyPoses.length, elapsed);
  const drawing = drawFrame(scene, at);
  const label =
    title ??
    `${keyPoses.map((p) => p.description).join(' Then: ')}${side ? ` Shown for the ${side} side.` : ''}`;
  return (
    <svg
      className={className ?? 'figure'}
      viewBox={`${drawing.x.toFixed(1)} ${drawing.y.toFixed(1)} ${drawing.width.toFixed(1)} ${drawing.height.toFixed(1)}`}
      role="img"
      aria-label={label}
      data-side={side ?? undefined}
    >
      {drawing.shapes.map((shape, i) => (
        <path
          key={i}
          data-part={shape.part}
          d={shape.d}
          fill={shape.fill}
          stroke={shape.stroke}
          strokeWidth={shape.strokeWidth}
          strokeLinejoin="round"
          strokeLinecap="round"
          opacity={shape.opacity}
        />
      ))}
    </svg>
  );
}

/** Milliseconds since the loop started, updated every frame while `on`. */
function useElapsed(on: boolean): number {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!on) return;
    let frame = 0;
    const start = performance.now();
    const tick = (now: number) => {
      setElapsed(now - start);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [on]);
  return elapsed;
}
