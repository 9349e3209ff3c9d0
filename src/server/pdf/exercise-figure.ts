import { POSE_LIST } from '../../../content/catalog';
import { drawScene, type FigureSide } from '../../domain/figure/drawing';
import type { VectorDrawing } from './vector';

const POSES = new Map(POSE_LIST.map((pose) => [pose.id, pose]));

/**
 * The still picture of an exercise variant for print: the figure held in its last key pose,
 * mirrored to the side worked. Both PDFs get their figures here, from the same figure model
 * as the app, so a change to the figures reaches print through this one function.
 */
export function exerciseDrawing(
  poseIds: readonly string[],
  side: FigureSide = 'right',
): VectorDrawing | null {
  const poses = poseIds.flatMap((id) => POSES.get(id) ?? []);
  if (poses.length === 0) return null;
  return drawScene(poses, { side, at: poses.length - 1 });
}
