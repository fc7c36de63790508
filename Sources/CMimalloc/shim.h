// Debian's libmimalloc-dev: the executable links it so that its malloc and free replace glibc's for the
// whole process (Swift allocates and frees an object for most values a build makes).
#include <mimalloc.h>
