/**
 * Whether this browser can draw the map at all (maplibre needs WebGL 2). Checked before the
 * map bundle is even downloaded, so a device without WebGL never pays for it.
 */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
