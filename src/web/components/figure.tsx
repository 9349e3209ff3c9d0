import { useEffect, useState } from 'react';
import { POSE_LIST } from '../../../content/catalog';
import {
  interpolatePose,
  type Point,
  type Pose,
  type SceneProp,
} from '../../domain/exercises/pose';
import { useReducedMotion } from '../hooks/use-reduced-motion';

const POSES = new Map(POSE_LIST.map((pose) => [pose.id, pose]));
const LOOP_MS = 6000;

type FigureProps = {
  poses: readonly string[];
  /** 0 = first pose, 1 = second; when given, the caller drives the motion (e.g. the breath pacer). */
  phase?: number;
  className?: string;
  title?: string;
};

/** An original line illustration of a person in position, animated between key poses. */
export function Figure({ poses, phase, className, title }: FigureProps) {
  const keyPoses = poses.map((id) => POSES.get(id)).filter((p): p is Pose => p !== undefined);
  const reduced = useReducedMotion();
  const animate = keyPoses.length > 1 && phase === undefined && !reduced;
  const t = useLoop(animate);
  const first = keyPoses[0];
  if (!first) return null;
  const second = keyPoses[1] ?? first;
  const pose = interpolatePose(first, second, phase ?? (animate ? t : 0));
  const label = title ?? keyPoses.map((p) => p.description).join(' Then: ');
  return (
    <svg className={className ?? 'figure'} viewBox="0 0 200 150" role="img" aria-label={label}>
      {pose.props.map((prop, i) => (
        <SceneProp key={i} prop={prop} pose={pose} />
      ))}
      <Limbs pose={pose} side="far" />
      <path className="figure-body" d={spinePath(pose)} />
      <line
        className="figure-body neck"
        x1={pose.neck[0]}
        y1={pose.neck[1]}
        x2={pose.head[0]}
        y2={pose.head[1]}
      />
      <circle className="figure-head" cx={pose.head[0]} cy={pose.head[1]} r={8.5} />
      <Limbs pose={pose} side="near" />
    </svg>
  );
}

function Limbs({ pose, side }: { pose: Pose; side: 'near' | 'far' }) {
  const l = pose[side];
  return (
    <g className={`figure-limb ${side}`}>
      <polyline points={points(pose.neck, l.elbow, l.hand)} />
      <polyline points={points(pose.hip, l.knee, l.ankle, l.toe)} />
    </g>
  );
}

function SceneProp({ prop, pose }: { prop: SceneProp; pose: Pose }) {
  switch (prop.kind) {
    case 'mat':
      return <rect className="prop mat" x={20} y={130} width={170} height={6} rx={3} />;
    case 'bed':
      return (
        <g className="prop bed">
          <rect x={14} y={130} width={178} height={12} rx={4} />
          <rect x={16} y={142} width={6} height={8} />
          <rect x={184} y={142} width={6} height={8} />
          <rect x={14} y={112} width={8} height={30} rx={3} />
        </g>
      );
    case 'chair':
      return (
        <g className="prop chair">
          <rect x={56} y={103} width={44} height={5} rx={2} />
          <rect x={56} y={58} width={5} height={50} rx={2} />
          <line x1={60} y1={108} x2={60} y2={140} />
          <line x1={96} y1={108} x2={96} y2={140} />
        </g>
      );
    case 'step':
      return <rect className="prop step" x={126} y={112} width={50} height={28} rx={2} />;
    case 'pillow':
      return (
        <ellipse
          className="prop pillow"
          cx={prop.at[0]}
          cy={prop.at[1]}
          rx={prop.width / 2}
          ry={prop.height / 2}
        />
      );
    case 'strap':
      return <polyline className="prop strap" points={points(pose.near.hand, prop.to)} />;
  }
}

/** The back as a curve: bowing toward the back (rounded) or the belly (arched). */
function spinePath({ hip, neck, spineBend }: Pose): string {
  const [dx, dy] = [neck[0] - hip[0], neck[1] - hip[1]];
  const length = Math.hypot(dx, dy) || 1;
  const normal: Point = [dy / length, -dx / length];
  const control: Point = [
    (hip[0] + neck[0]) / 2 + normal[0] * spineBend * 2,
    (hip[1] + neck[1]) / 2 + normal[1] * spineBend * 2,
  ];
  return `M${hip[0]},${hip[1]} Q${control[0]},${control[1]} ${neck[0]},${neck[1]}`;
}

function points(...pts: Point[]): string {
  return pts.map((p) => p.join(',')).join(' ');
}

/** 0→1→0 over LOOP_MS with an ease, while `on`. */
function useLoop(on: boolean): number {
  const [t, setT] = useState(0);
  useEffect(() => {
    if (!on) return;
    let frame = 0;
    const start = performance.now();
    const step = (now: number) => {
      const cycle = ((now - start) % LOOP_MS) / LOOP_MS;
      setT((1 - Math.cos(cycle * 2 * Math.PI)) / 2);
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [on]);
  return t;
}
