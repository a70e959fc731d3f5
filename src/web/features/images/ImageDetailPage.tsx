export function ImageDetailPage() {
  return <h1>Image</h1>;
}
