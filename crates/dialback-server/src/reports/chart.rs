//! The report's chart of calls per day, as a PNG image that mail clients show inline.
//!
//! The chart is one stacked bar per day (answered, missed, other outcomes) over a base
//! line, with no text inside: the e-mail's HTML carries the legend and the numbers, so
//! the image needs no font and reads the same in every language. Bars are axis-aligned
//! rectangles, so the pixels are filled directly and the `png` crate encodes them; a
//! plotting crate would add a font and drawing stack that this chart never uses.

/// Pixel width of the chart.
pub const WIDTH: u32 = 560;
/// Pixel height of the chart.
pub const HEIGHT: u32 = 200;

/// The colour of answered calls, as RGB; the HTML legend uses the same value.
pub const ANSWERED_RGB: [u8; 3] = [0x06, 0x76, 0x47];
/// The colour of missed calls.
pub const MISSED_RGB: [u8; 3] = [0xb4, 0x23, 0x18];
/// The colour of calls with any other outcome (cancelled, failed, still waiting).
pub const OTHER_RGB: [u8; 3] = [0x98, 0xa2, 0xb3];

const BACKGROUND_RGB: [u8; 3] = [0xff, 0xff, 0xff];
const AXIS_RGB: [u8; 3] = [0x5b, 0x64, 0x78];
const MARGIN: u32 = 12;

/// One day's bar: how many calls ended in each outcome group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayBar {
    pub answered: u32,
    pub missed: u32,
    pub other: u32,
}

impl DayBar {
    fn total(self) -> u32 {
        self.answered + self.missed + self.other
    }
}

/// An RGB image being drawn.
struct Canvas {
    pixels: Vec<u8>,
}

impl Canvas {
    fn new() -> Self {
        let mut pixels = Vec::with_capacity((WIDTH * HEIGHT * 3) as usize);
        for _ in 0..WIDTH * HEIGHT {
            pixels.extend_from_slice(&BACKGROUND_RGB);
        }
        Self { pixels }
    }

    /// Fills the rectangle from `(x, y)` (top left) of `width` by `height`, clipped.
    fn fill(&mut self, x: u32, y: u32, width: u32, height: u32, rgb: [u8; 3]) {
        for row in y..(y + height).min(HEIGHT) {
            for column in x..(x + width).min(WIDTH) {
                let at = ((row * WIDTH + column) * 3) as usize;
                self.pixels[at..at + 3].copy_from_slice(&rgb);
            }
        }
    }

    fn encode(self) -> Vec<u8> {
        let mut bytes = Vec::new();
        let mut encoder = png::Encoder::new(&mut bytes, WIDTH, HEIGHT);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        // Writing into a Vec cannot fail, and the pixel buffer always has the declared size.
        let mut writer = encoder
            .write_header()
            .expect("a PNG header written to memory");
        writer
            .write_image_data(&self.pixels)
            .expect("pixel data of the declared size");
        writer.finish().expect("a PNG finished in memory");
        bytes
    }
}

/// Draws one stacked bar per day, left to right, scaled to the busiest day.
pub fn render(days: &[DayBar]) -> Vec<u8> {
    let mut canvas = Canvas::new();
    let plot_height = HEIGHT - 2 * MARGIN;
    let base_y = HEIGHT - MARGIN;
    canvas.fill(MARGIN, base_y, WIDTH - 2 * MARGIN, 2, AXIS_RGB);
    if days.is_empty() {
        return canvas.encode();
    }

    let busiest = days.iter().map(|day| day.total()).max().unwrap_or(0).max(1);
    let slot = (WIDTH - 2 * MARGIN) / days.len() as u32;
    let bar_width = (slot * 2 / 3).max(1);
    for (index, day) in days.iter().enumerate() {
        let x = MARGIN + index as u32 * slot + (slot - bar_width) / 2;
        // A tick under each day, so that days without calls still show their place.
        canvas.fill(x + bar_width / 2 - 1, base_y + 2, 2, 4, AXIS_RGB);
        let mut top = base_y;
        // Answered at the bottom, then missed, then other outcomes.
        for (count, rgb) in [
            (day.answered, ANSWERED_RGB),
            (day.missed, MISSED_RGB),
            (day.other, OTHER_RGB),
        ] {
            let height = scaled(count, busiest, plot_height);
            top -= height;
            canvas.fill(x, top, bar_width, height, rgb);
        }
    }
    canvas.encode()
}

/// Converts `count` calls to a bar height, where `busiest` calls fill `plot_height`
/// pixels. Any non-zero count gets at least one pixel so that it stays visible.
fn scaled(count: u32, busiest: u32, plot_height: u32) -> u32 {
    if count == 0 {
        return 0;
    }
    (u64::from(count) * u64::from(plot_height) / u64::from(busiest)).max(1) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8]) -> (png::OutputInfo, Vec<u8>) {
        let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
            .read_info()
            .unwrap();
        let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut pixels).unwrap();
        (info, pixels)
    }

    fn pixel(pixels: &[u8], x: u32, y: u32) -> [u8; 3] {
        let at = ((y * WIDTH + x) * 3) as usize;
        [pixels[at], pixels[at + 1], pixels[at + 2]]
    }

    #[test]
    fn bars_stack_and_scale_to_busiest_day() {
        let days = [
            DayBar {
                answered: 2,
                missed: 1,
                other: 1,
            },
            DayBar::default(),
        ];
        let (info, pixels) = decode(&render(&days));
        assert_eq!((info.width, info.height), (WIDTH, HEIGHT));

        let slot = (WIDTH - 2 * MARGIN) / 2;
        let middle_of_first = MARGIN + slot / 2;
        let base_y = HEIGHT - MARGIN;
        // Four calls fill the plot: answered is the lower half, then a quarter each.
        assert_eq!(pixel(&pixels, middle_of_first, base_y - 1), ANSWERED_RGB);
        assert_eq!(
            pixel(&pixels, middle_of_first, base_y - 88 + 1),
            ANSWERED_RGB
        );
        assert_eq!(pixel(&pixels, middle_of_first, base_y - 88 - 1), MISSED_RGB);
        assert_eq!(pixel(&pixels, middle_of_first, MARGIN + 1), OTHER_RGB);
        assert_eq!(pixel(&pixels, middle_of_first, MARGIN - 1), BACKGROUND_RGB);
        // A day without calls has no bar above the axis.
        let middle_of_second = MARGIN + slot + slot / 2;
        assert_eq!(pixel(&pixels, middle_of_second, base_y - 1), BACKGROUND_RGB);
        assert_eq!(pixel(&pixels, middle_of_second, base_y), AXIS_RGB);
    }

    #[test]
    fn no_calls_draw_only_the_axis() {
        let (info, _) = decode(&render(&[DayBar::default(); 7]));
        assert_eq!(info.width, WIDTH);
        assert!(render(&[]).starts_with(b"\x89PNG"));
    }
}
