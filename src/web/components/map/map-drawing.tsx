import { useMemo, type MouseEvent } from 'react';
import { useLocation } from 'wouter';
import type { ClinicSummary, Origin } from '../../api';
import { buildScene, FONT, ORIGIN_RADIUS, PIN_RADIUS, type Label, type Measure } from './scene';

let canvas: CanvasRenderingContext2D | null | undefined;
/** Text width as the browser draws it, in the page's own font (a rough guess without canvas). */
function measureWith(family: string): Measure {
  canvas ??= document.createElement('canvas').getContext('2d');
  return (text, font) => {
    if (!canvas) return text.length * 0.62 * Number.parseFloat(font.split(' ')[1] ?? '12');
    canvas.font = `${font} ${family}`;
    return canvas.measureText(text).width;
  };
}

/** A text label at its placed box, with a pale halo so it reads over borders. */
function MapText({
  label,
  className,
  font,
}: {
  label: Label;
  className: string;
  font: { size: number; weight: number };
}) {
  return (
    <text
      className={className}
      x={label.rect.x + 2}
      y={label.rect.y + label.rect.height / 2}
      dominantBaseline="central"
      fontSize={font.size}
      fontWeight={font.weight}
    >
      {label.text}
    </text>
  );
}

export type MapDrawingProps = {
  width: number;
  origin: Origin;
  clinics: ClinicSummary[];
  description: string;
  fontFamily: string;
};

/** The map itself: loaded on its own, with the state outlines, only where a map is shown. */
export default function MapDrawing({
  width,
  origin,
  clinics,
  description,
  fontFamily,
}: MapDrawingProps) {
  const [, navigate] = useLocation();
  const scene = useMemo(
    () => buildScene(width, origin, clinics, measureWith(fontFamily)),
    [width, origin, clinics, fontFamily],
  );
  // A pin opens its clinic for a pointer. Not a link: inside a picture (role img) links are
  // hidden from screen readers and keyboards alike, and the list has the same links for them.
  const open = (event: MouseEvent) => {
    const href = (event.target as Element).closest('[data-href]')?.getAttribute('data-href');
    if (!href) return;
    if (event.metaKey || event.ctrlKey) window.open(href, '_blank', 'noopener');
    else navigate(href);
  };
  const { origin: place, scale } = scene;
  return (
    <svg
      className="map-svg"
      viewBox={`0 0 ${scene.width} ${scene.height}`}
      width={scene.width}
      height={scene.height}
      role="img"
      aria-label={description}
      onClick={open}
    >
      <rect className="map-water" width={scene.width} height={scene.height} />
      <g className="map-states">
        {scene.states.map((s) => (
          <path key={s.id} d={s.d} className={s.searched ? 'searched' : undefined} />
        ))}
      </g>
      <path className="map-borders" d={scene.borders} />
      <path className="map-coast" d={scene.coast} />
      <g className="map-area-labels">
        {scene.areas.map((area) => (
          <text
            key={area.lines.join(' ')}
            className={`map-${area.kind}-label`}
            x={area.rect.x + area.rect.width / 2}
            y={area.rect.y + 1.5}
            textAnchor="middle"
            dominantBaseline="hanging"
            fontSize={FONT[area.kind].size}
            fontWeight={FONT[area.kind].weight}
          >
            {area.lines.map((line, i) => (
              <tspan key={line} x={area.rect.x + area.rect.width / 2} dy={i === 0 ? 0 : '1.2em'}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
      </g>
      <g className="map-leaders">
        {[...scene.pins, place]
          .filter((p) => p.moved)
          .map((p) => (
            <g key={`${p.anchor.x},${p.anchor.y},${p.at.x}`}>
              <line x1={p.anchor.x} y1={p.anchor.y} x2={p.at.x} y2={p.at.y} />
              <circle cx={p.anchor.x} cy={p.anchor.y} r={2.5} />
            </g>
          ))}
      </g>
      <g className="map-origin">
        <circle className="map-origin-ring" cx={place.at.x} cy={place.at.y} r={ORIGIN_RADIUS} />
        <circle className="map-origin-dot" cx={place.at.x} cy={place.at.y} r={3} />
        {place.label && (
          <MapText label={place.label} className="map-origin-label" font={FONT.place} />
        )}
      </g>
      {scene.pins.map((pin) => {
        const href = `/clinics/${pin.clinic.id}`;
        return (
          <g key={pin.clinic.id} className="map-pin" data-href={href} data-number={pin.number}>
            <title>{`${pin.number}. ${pin.clinic.name}`}</title>
            <circle cx={pin.at.x} cy={pin.at.y} r={PIN_RADIUS} />
            <text
              className="map-pin-number"
              x={pin.at.x}
              y={pin.at.y}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {pin.number}
            </text>
            {pin.name && <MapText label={pin.name} className="map-pin-name" font={FONT.name} />}
          </g>
        );
      })}
      <g className="map-scale">
        <path
          d={`M${scale.x} ${scale.y - 4} V${scale.y} H${scale.x + scale.pixels} V${scale.y - 4}`}
        />
        <text x={scale.x} y={scale.y - 7} fontSize={FONT.state.size} fontWeight={FONT.state.weight}>
          {scale.text}
        </text>
      </g>
    </svg>
  );
}
