# import needs a path or a string
import 1
