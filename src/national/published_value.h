// Reading one figure of a DfE statistics file. The DfE writes a figure it
// does not publish as a marker instead of a number: x (not available),
// c (confidential), z (not applicable), u (low reliability), low (rounds
// to zero), '.', ':' or an empty field. Such a figure is "not published" and
// is stored as NULL, never as 0: a suppressed agency rate is not a rate of
// zero.
//
// Thread-safety: pure functions.
#ifndef HC_NATIONAL_PUBLISHED_VALUE_H_
#define HC_NATIONAL_PUBLISHED_VALUE_H_

#include <optional>
#include <string>
#include <string_view>

namespace hc::national {

// True for the markers above, in any case, with surrounding spaces.
bool isNotPublishedMarker(std::string_view field);

// The figure in `field`: a number >= 0, or nullopt when not published.
// False (with `reason` set, e.g. "'12,5' is not a number ...") when the
// field is neither.
bool readPublishedFigure(std::string_view field, std::optional<double>& value, std::string& reason);

}  // namespace hc::national

#endif  // HC_NATIONAL_PUBLISHED_VALUE_H_
