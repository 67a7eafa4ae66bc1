import { stepPictureUrl } from '../../lessons/step-pictures';

interface Props {
  name: string;
  alt: string;
  class?: string;
}

/** A picture of a lesson step, from src/lessons/pictures; every one is drawn 320 × 200. */
export function StepPicture({ name, alt, class: className }: Props) {
  return <img src={stepPictureUrl(name)} alt={alt} width={320} height={200} class={className} decoding="async" />;
}
