interface Props {
  name: string;
  alt: string;
  class?: string;
}

/** A lesson picture from public/pictures; every one is drawn 320 × 200. */
export function Picture({ name, alt, class: className }: Props) {
  return (
    <img
      src={`${import.meta.env.BASE_URL}pictures/${name}.svg`}
      alt={alt}
      width={320}
      height={200}
      class={className}
      decoding="async"
    />
  );
}
