"""Image operations on scanned pages, with numpy only (no OpenCV, no Pillow needed).

Grayscale pages are ``uint8`` arrays, 0 black, 255 white. Shared by scan clean-up (a cleaned
copy for reading) and OCR (Tesseract reads a cleaned page far better: dust becomes stray
Hangul and Latin letters, skew breaks lines apart).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pymupdf

DARK = 128  # below this a pixel counts as ink (or scanner lid)


def page_gray(page: pymupdf.Page, dpi: int) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)[:, :pix.width] \
        .copy()


def to_pixmap(image: np.ndarray, dpi: int) -> pymupdf.Pixmap:
    image = np.ascontiguousarray(image, dtype=np.uint8)
    pix = pymupdf.Pixmap(pymupdf.csGRAY, image.shape[1], image.shape[0], image.tobytes(), 0)
    pix.set_dpi(dpi, dpi)
    return pix


def _leading_run(light: np.ndarray, gap: int) -> np.ndarray:
    """Per row: where the first ``gap`` consecutive light pixels begin (row length if never).

    Requiring a few light pixels in a row lets the border run continue over a scratch on the
    glass or a light edge pixel, which a plain "first light pixel" would stop at.
    """
    width = light.shape[1]
    if width < gap:
        return np.zeros(light.shape[0], dtype=np.int64)
    window = light[:, :width - gap + 1].copy()
    for shift in range(1, gap):
        window &= light[:, shift:width - gap + 1 + shift]
    found = window.any(axis=1)
    return np.where(found, np.argmax(window, axis=1), width)


def remove_border(image: np.ndarray, gap: int = 4) -> tuple[np.ndarray, float]:
    """Whiten dark regions touching the edges (scanner lid, shadow); returns fraction removed."""
    height, width = image.shape
    light = image >= DARK
    left, right = _leading_run(light, gap), _leading_run(light[:, ::-1], gap)
    top, bottom = _leading_run(light.T, gap), _leading_run(light.T[:, ::-1], gap)
    cols, rows = np.arange(width), np.arange(height)
    mask = ((cols[None, :] < left[:, None]) | (cols[None, :] >= width - right[:, None])
            | (rows[:, None] < top[None, :]) | (rows[:, None] >= height - bottom[None, :]))
    out = image.copy()
    out[mask] = 255
    return out, float(mask.mean())


def median3(image: np.ndarray) -> np.ndarray:
    padded = np.pad(image, 1, mode="edge")
    h, w = image.shape
    stack = np.stack([padded[i:i + h, j:j + w] for i in range(3) for j in range(3)])
    return np.median(stack, axis=0).astype(np.uint8)


def _window_counts(mask: np.ndarray, radius: int, pad: int, integral: np.ndarray) -> np.ndarray:
    h, w = mask.shape
    k, off = 2 * radius + 1, pad - radius
    sub = integral[off:off + h + k, off:off + w + k]
    return sub[k:k + h, k:k + w] - sub[:h, k:k + w] - sub[k:k + h, :w] + sub[:h, :w]


def despeckle(image: np.ndarray, max_pixels: int = 12) -> tuple[np.ndarray, int]:
    """3×3 median, then remove small isolated blots; returns the image and pixels removed.

    A blot counts as dust only when nothing else is dark around it: a full stop or a decimal
    point sits next to a character, so it stays ("20,000.00" must not lose its point).
    """
    smooth = median3(image)
    ink = (smooth < DARK).astype(np.int32)
    near, far = 4, 10
    integral = np.pad(ink, far + 1).cumsum(0).cumsum(1)
    close = _window_counts(ink, near, far + 1, integral)
    around = _window_counts(ink, far, far + 1, integral)
    dust = (ink == 1) & (close <= max_pixels) & (around == close)
    smooth[dust] = 255
    return smooth, int(dust.sum())


def _profile_sharpness(ys: np.ndarray, xs: np.ndarray, cx: float, degrees: float) -> float:
    shear = math.tan(math.radians(degrees))
    rows = np.rint(ys + (xs - cx) * shear).astype(np.int64)
    counts = np.bincount(rows - rows.min()).astype(np.float64)
    # Text lines aligned with the rows give tall, narrow peaks: large jumps between rows.
    return float(np.square(np.diff(counts)).sum())


def estimate_skew(image: np.ndarray, max_degrees: float = 6.0) -> float:
    """The page's skew in degrees (projection profiles over small angles, coarse then fine).

    ``rotate(image, -estimate_skew(image))`` straightens the page.
    """
    factor = max(1, round(max(image.shape) / 900))
    small = image[::factor, ::factor]
    ys, xs = np.nonzero(small < DARK)
    if len(ys) < 50:
        return 0.0
    cx = small.shape[1] / 2

    def best(angles) -> float:
        return max(angles, key=lambda a: _profile_sharpness(ys, xs, cx, a))

    coarse = best(np.arange(-max_degrees, max_degrees + 1e-9, 0.5))
    fine = best(np.arange(coarse - 0.5, coarse + 0.5 + 1e-9, 0.05))
    return round(float(fine), 2)


def _source_coords(shape: tuple[int, int], degrees: float, xs, ys):
    h, w = shape
    theta = math.radians(degrees)
    c, s = math.cos(theta), math.sin(theta)
    cx, cy = w / 2, h / 2
    return c * (xs - cx) - s * (ys - cy) + cx, s * (xs - cx) + c * (ys - cy) + cy


def rotate(image: np.ndarray, degrees: float, fill: int = 255) -> np.ndarray:
    """Rotate about the centre (bilinear), same size, uncovered corners filled white."""
    if abs(degrees) < 1e-3:
        return image.copy()
    h, w = image.shape
    xs = np.arange(w, dtype=np.float32)[None, :]
    ys = np.arange(h, dtype=np.float32)[:, None]
    sx, sy = _source_coords((h, w), degrees, xs, ys)
    x0, y0 = np.floor(sx), np.floor(sy)
    fx, fy = sx - x0, sy - y0
    # Gather from a padded copy through flat indices: much faster than 2-D fancy indexing.
    x0 = np.clip(x0.astype(np.int32) + 1, 0, w)
    y0 = np.clip(y0.astype(np.int32) + 1, 0, h)
    stride = w + 2
    flat = np.pad(image, 1, constant_values=fill).ravel()
    index = y0 * stride + x0
    a00 = flat.take(index).astype(np.float32)
    a01 = flat.take(index + 1).astype(np.float32)
    a10 = flat.take(index + stride).astype(np.float32)
    a11 = flat.take(index + stride + 1).astype(np.float32)
    top = a00 + (a01 - a00) * fx
    out = top + (a10 + (a11 - a10) * fx - top) * fy
    out[(sx < -1) | (sx > w) | (sy < -1) | (sy > h)] = fill
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)


def map_back(shape: tuple[int, int], degrees: float,
             box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """A box in an image made by ``rotate(image, degrees)`` as a box in the original image."""
    xs = np.array([box[0], box[2], box[0], box[2]], dtype=np.float64)
    ys = np.array([box[1], box[1], box[3], box[3]], dtype=np.float64)
    sx, sy = _source_coords(shape, degrees, xs, ys)
    return float(sx.min()), float(sy.min()), float(sx.max()), float(sy.max())


@dataclass
class CleanedScan:
    image: np.ndarray
    skew_before: float
    skew_after: float
    border_fraction: float
    specks_removed: int
    rotated_by: float


def clean_scan(image: np.ndarray, *, deskew: bool = True, border: bool = True,
               speckles: bool = True, measure_after: bool = True) -> CleanedScan:
    """Border removal, despeckle and deskew, in that order.

    Borders go first because a black lid edge is a long dark line that would win the skew
    search; dust goes before the skew search for the same reason on a smaller scale.
    """
    work, fraction, removed = image, 0.0, 0
    if border:
        work, fraction = remove_border(work)
    if speckles:
        work, removed = despeckle(work)
    before = estimate_skew(work)
    turn = -before if deskew and abs(before) >= 0.05 else 0.0
    if turn:
        work = rotate(work, turn)
    after = estimate_skew(work) if measure_after else before + turn
    return CleanedScan(work, before, after, fraction, removed, turn)
